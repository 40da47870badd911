using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Recipes;

/// <summary>
/// Reads JSON from a stream a token or a value at a time, with a buffer only as large as the largest single value
/// read whole: a recipe of any size is read without holding it. Comments and trailing commas are allowed, as in
/// Orchard Core's recipes.
/// </summary>
internal sealed class JsonStreamReader : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Stream _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _final;
    private JsonReaderState _state = new(Options);

    public JsonStreamReader(Stream stream, long offset = 0)
    {
        _stream = stream;
        _stream.Position = offset;
        _bufferOffset = offset;
        Fill();
        if (offset == 0 && _buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            _start = 3;
        }
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>Where the last token read starts in the stream.</summary>
    public long TokenStart { get; private set; }

    /// <summary>The last property name or string read.</summary>
    public string? Text { get; private set; }

    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                TokenType = reader.TokenType;
                TokenStart = _bufferOffset + _start + reader.TokenStartIndex;
                Text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
                Consume(ref reader);
                return true;
            }

            if (_final)
            {
                return false;
            }

            Fill();
        }
    }

    /// <summary>Reads the next value whole (after a property name, or the next element of an array); null at the array's end.</summary>
    public JsonNode? ReadValue(out bool endOfArray)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Consume(ref reader);
                    endOfArray = true;
                    return null;
                }

                var first = (int)reader.TokenStartIndex;
                if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                {
                    var value = JsonNode.Parse(_buffer.AsSpan(_start + first, (int)reader.BytesConsumed - first), documentOptions: DocumentOptions);
                    Consume(ref reader);
                    endOfArray = false;
                    return value;
                }
            }

            if (_final)
            {
                throw new JsonException("Plik kończy się w środku wartości.");
            }

            Fill();
        }
    }

    /// <summary>
    /// Passes over the value whose first token was just read (an object or array: to its end), reading token by
    /// token, and returns how many values it directly holds.
    /// </summary>
    public int SkipRest()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return 0;
        }

        var children = 0;
        for (var depth = 1; depth > 0 && Read();)
        {
            if (depth == 1 && TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                children++;
            }

            depth += TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }

        return children;
    }

    public void Dispose() => _stream.Dispose();

    private void Consume(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Keeps the unread bytes, grows the buffer when they fill it, and reads more after them.</summary>
    private void Fill()
    {
        var unread = _end - _start;
        if (_start == 0 && unread == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            _bufferOffset += _start;
        }

        _start = 0;
        _end = unread;
        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _final = true;
                break;
            }

            _end += read;
        }
    }
}
