namespace BankChurn.IO.Excel;

/// <summary>
/// Shows a stream to the packaging library as write-only and forward-only. System.IO.Packaging then writes the zip in
/// streaming mode, part after part; given a readable, seekable stream it opens the zip for update instead, which keeps
/// every part uncompressed in memory until the end (gigabytes for a million-client list).
/// </summary>
internal sealed class WriteOnlyStream(Stream inner) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        _written += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _written += buffer.Length;
    }
}
