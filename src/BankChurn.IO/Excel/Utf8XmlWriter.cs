using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;

namespace BankChurn.IO.Excel;

/// <summary>
/// Writes XML as UTF-8 bytes straight into a pooled buffer that is sent to the target stream when full: the few
/// primitives a worksheet's rows need (markup known in advance, numbers, escaped text) and nothing else.
/// </summary>
/// <remarks>
/// Purpose-built for the streamed client lists, where a million clients make about a hundred million cells:
/// <c>OpenXmlWriter</c> goes through <c>XmlWriter</c>, checks every element and attribute against the schema, builds an
/// attribute object per cell and formats numbers to strings, about 0.7 µs per cell (minutes for a million clients' lists). Here a cell
/// costs a copy of its prepared markup and its value's digits. The caller is responsible for well-formedness; the
/// workbook tests read the result back with ExcelDataReader, the Open XML validator and LibreOffice.
/// </remarks>
internal sealed class Utf8XmlWriter : IDisposable
{
    /// <summary>The longest text <see cref="FormatNumber"/> writes.</summary>
    public const int MaxNumberBytes = 32;

    private const int BufferSize = 1 << 16;

    /// <summary>Characters escaped per pass of <see cref="Text"/>: at most 6 bytes each ("&amp;quot;") must fit the buffer.</summary>
    private const int TextChunk = 4096;

    /// <summary>Filled buffers waiting for the background writer: a few, so memory stays bounded whatever the sheet's size.</summary>
    private const int QueuedBuffers = 8;

    private readonly Stream _target;
    private readonly BlockingCollection<(byte[] Buffer, int Length)>? _queue;
    private readonly CancellationTokenSource? _failed;
    private readonly Task? _background;
    private volatile Exception? _failure;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    /// <param name="target">Where the bytes go.</param>
    /// <param name="background">
    /// Write to <paramref name="target"/> on a second thread, buffer after buffer in order. Meant for a compressing zip
    /// entry: deflating a list's gigabytes of XML costs about as much as producing them, so the two overlap. The bytes
    /// and their order are the same either way; call <see cref="Finish"/> to wait for the last of them.
    /// </param>
    public Utf8XmlWriter(Stream target, bool background = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;
        if (!background)
            return;
        _queue = new BlockingCollection<(byte[], int)>(QueuedBuffers);
        _failed = new CancellationTokenSource();
        _background = Task.Factory.StartNew(WriteQueued, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Markup (or any bytes already valid in XML) as is.</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        // Always through the buffer, in buffer-sized pieces when long: in the background mode only the queue may write.
        while (bytes.Length > _buffer.Length - _used)
        {
            int room = _buffer.Length - _used;
            bytes[..room].CopyTo(_buffer.AsSpan(_used));
            _used += room;
            bytes = bytes[room..];
            Flush();
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>Markup given as a string (element and attribute names, known numbers); it must need no escaping.</summary>
    public void Raw(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        Raw(Encoding.UTF8.GetBytes(markup));
    }

    public void Integer(long value)
    {
        Span<byte> span = Reserve(MaxNumberBytes);
        Utf8Formatter.TryFormat(value, span, out int written);
        _used += written;
    }

    /// <summary>
    /// A finite number as the shortest text that reads back as the same double, exactly what "R" writes. Two common cases
    /// skip the general (slow) shortest-digits search: whole numbers below 10^15, which "R" writes as plain digits, and
    /// amounts with at most two decimals below 10^13 (balances, salaries). For the latter, k/100 with |k| &lt; 2^53 is
    /// the correctly rounded double of the decimal "k/100", so that text reads back as the value; having at most 15
    /// significant digits, no shorter decimal maps to the same double, so it is also the shortest, as "R" would write it.
    /// −0 keeps its sign ("-0"), as "R" writes it.
    /// </summary>
    public void Number(double value)
    {
        Span<byte> span = Reserve(MaxNumberBytes);
        _used += FormatNumber(value, span);
    }

    /// <summary>Writes <paramref name="value"/> as described on <see cref="Number"/>; returns the bytes written (at most <see cref="MaxNumberBytes"/>).</summary>
    public static int FormatNumber(double value, Span<byte> span)
    {
        int written;
        double magnitude = Math.Abs(value);
        if (value == Math.Floor(value) && magnitude < 1e15 && !(value == 0 && double.IsNegative(value)))
        {
            Utf8Formatter.TryFormat((long)value, span, out written);
        }
        else if (magnitude < 1e13 && magnitude >= 0.01 && Math.Round(value * 100) is var hundredths && hundredths / 100 == value)
        {
            written = Hundredths((long)hundredths, span);
        }
        else if (!value.TryFormat(span, out written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A double's round-trip text is longer than 32 bytes.");
        }

        return written;
    }

    /// <summary>
    /// Room for <paramref name="bytes"/> more bytes (at most the buffer's size, 64 KiB), flushing first if needed; a caller
    /// that writes many small pieces reserves once, fills the span, then calls <see cref="Advance"/>.
    /// </summary>
    public Span<byte> Reserve(int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, BufferSize);
        if (bytes > _buffer.Length - _used)
            Flush();
        return _buffer.AsSpan(_used);
    }

    /// <summary>Counts <paramref name="bytes"/> written into the span <see cref="Reserve"/> returned.</summary>
    public void Advance(int bytes) => _used += bytes;

    /// <summary>
    /// Text content with &amp; &lt; &gt; and " escaped. The text must already be valid for XML 1.0 (see
    /// <see cref="SharedStrings.Clean"/>). Line breaks are written as they are, so a reader sees "\r\n" as "\n", exactly as
    /// in the shared string table that the SDK writes: a text reads the same whichever way its cell holds it.
    /// </summary>
    public void Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int start = 0; start < text.Length;)
        {
            int end = Math.Min(text.Length, start + TextChunk);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
                end--; // never split a surrogate pair between chunks
            Escape(text.AsSpan(start, end - start));
            start = end;
        }
    }

    /// <summary>Sends what the buffer holds to the target stream (or, in the background, to the queue for it).</summary>
    public void Flush()
    {
        if (_used == 0)
            return;
        if (_queue is null)
        {
            _target.Write(_buffer, 0, _used);
            _used = 0;
            return;
        }

        try
        {
            _queue.Add((_buffer, _used), _failed!.Token);
        }
        catch (OperationCanceledException) when (_failure is { } failure)
        {
            // The target's own exception (an IOException for a full disk), as if it had been written on this thread.
            ExceptionDispatchInfo.Throw(failure);
        }

        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        _used = 0;
    }

    /// <summary>Sends the rest and, in the background mode, waits until every byte has reached the target stream.</summary>
    public void Finish()
    {
        Flush();
        if (_queue is null)
            return;
        _queue.CompleteAdding();
        _background!.Wait();
        if (_failure is { } failure)
            ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>Stops the background writer (after a failure, whatever is queued is dropped) and returns the buffers to the pool.</summary>
    public void Dispose()
    {
        if (_queue is not null && !_queue.IsAddingCompleted)
        {
            // Finish was not reached (the rows failed): the target must not be written after this returns.
            _failed!.Cancel();
            _queue.CompleteAdding();
            _background!.Wait();
        }

        _queue?.Dispose();
        _failed?.Dispose();
        if (_buffer.Length == 0)
            return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _used = 0;
    }

    /// <summary>The background loop: writes the queued buffers in order; after a failure (or a cancel) it only drains.</summary>
    private void WriteQueued()
    {
        foreach ((byte[] buffer, int length) in _queue!.GetConsumingEnumerable())
        {
            if (_failure is null && !_failed!.IsCancellationRequested)
            {
                try
                {
                    _target.Write(buffer, 0, length);
                }
#pragma warning disable CA1031 // Any failure (disk full, a closed stream) is handed to the producing thread, which rethrows it.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    _failure = e;
                    _failed.Cancel();
                }
            }

            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Escape(ReadOnlySpan<char> chunk)
    {
        Span<byte> span = Reserve(chunk.Length * 6);
        int at = 0;
        for (int i = 0; i < chunk.Length; i++)
        {
            char c = chunk[i];
            if (c >= 0x80)
            {
                // A run of non-ASCII characters (surrogate pairs stay together inside it) is encoded in one call.
                int run = i + 1;
                while (run < chunk.Length && chunk[run] >= 0x80)
                    run++;
                at += Encoding.UTF8.GetBytes(chunk[i..run], span[at..]);
                i = run - 1;
                continue;
            }

            ReadOnlySpan<byte> escaped = c switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                _ => default,
            };
            if (escaped.IsEmpty)
            {
                span[at++] = (byte)c;
            }
            else
            {
                escaped.CopyTo(span[at..]);
                at += escaped.Length;
            }
        }

        _used += at;
    }

    /// <summary>"-12.3" for -1230 hundredths: the whole part, a point, and the decimals without trailing zeros (the value is not whole).</summary>
    private static int Hundredths(long hundredths, Span<byte> span)
    {
        int at = 0;
        if (hundredths < 0)
        {
            span[at++] = (byte)'-';
            hundredths = -hundredths;
        }

        Utf8Formatter.TryFormat(hundredths / 100, span[at..], out int whole);
        at += whole;
        int cents = (int)(hundredths % 100);
        span[at++] = (byte)'.';
        span[at++] = (byte)('0' + (cents / 10));
        if (cents % 10 != 0)
            span[at++] = (byte)('0' + (cents % 10));
        return at;
    }

}
