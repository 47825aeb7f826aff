namespace Embargo.Hosting; internal static class Placeholder { }
