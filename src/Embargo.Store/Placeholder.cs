namespace Embargo.Store; internal static class Placeholder { }
