using System.Text;

namespace Siec.Cms.Core.Text;

/// <summary>
/// CSV for Excel and LibreOffice: UTF-8 with a BOM (Polish letters intact), semicolons as a Polish Excel expects,
/// every value quoted, and values starting with = + - @ prefixed with an apostrophe so no cell runs as a formula.
/// </summary>
public static class Csv
{
    public static byte[] Write(IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(string.Join(';', row.Select(Cell))).Append("\r\n");
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
