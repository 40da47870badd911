using Siec.Bench.Generator;

// Usage: Siec.Bench.Generator ITEMS FILE [--break-last]
if (args.Length < 2 || !int.TryParse(args[0], out var items) || items < 100)
{
    Console.Error.WriteLine("Użycie: Siec.Bench.Generator LICZBA-ELEMENTÓW (co najmniej 100) PLIK [--break-last]");
    return 2;
}

await using var file = File.Create(args[1]);
var written = NetworkGenerator.Write(file, new NetworkShape(items), breakLast: args.Contains("--break-last"));
Console.WriteLine($"{written} elementów zapisano w {args[1]}");
return 0;
