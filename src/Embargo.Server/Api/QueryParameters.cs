using System.Globalization;
using Embargo.Server.Problems;
using Microsoft.AspNetCore.Http;

namespace Embargo.Server.Api;

/// <summary>Typed URL query parameters with 400s that name the parameter.</summary>
internal static class QueryParameters
{
    public static double? Number(HttpRequest request, string name, double min, double max)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new RequestFieldException(name, string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a number from {min} to {max}"));
    }

    public static int? Integer(HttpRequest request, string name, int min, int max)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new RequestFieldException(name, string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a whole number from {min} to {max}"));
    }

    public static string? Text(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        return text.Length == 0 ? null : text;
    }
}
