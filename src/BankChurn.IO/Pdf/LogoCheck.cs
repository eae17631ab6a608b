using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Checks a logo file the way the deck will use it, before any data is read: its size on disk, the dimensions its
/// header states, and that PDFsharp decodes and embeds it. A logo that fails here would otherwise fail (or take
/// gigabytes) inside the PDF writer, after the whole analysis, as a bug rather than a setting to fix.
/// </summary>
public static class LogoCheck
{
    /// <summary>The largest logo file accepted; a logo is a few kilobytes, a photo a few megabytes.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>The most pixels a logo may have on either side: it is drawn at most 120 pt wide, and 4,000 pixels decode to 64 MB.</summary>
    public const int MaxSidePixels = 4000;

    /// <summary>What is wrong with the PNG or JPEG file at <paramref name="path"/> as a logo, or null when it will draw.</summary>
    public static string? Problem(string path)
    {
        long length = new FileInfo(path).Length;
        if (length > MaxBytes)
            return string.Create(CultureInfo.InvariantCulture, $"'{path}' is {length / 1024.0 / 1024.0:0.0} MB, more than the {MaxBytes / 1024 / 1024} MB a logo may have.");
        byte[] bytes = File.ReadAllBytes(path);
        if (Dimensions(bytes) is not { } size)
            return $"'{path}' does not state its width and height where a PNG or JPEG file does (the file is damaged or cut short).";
        if (size.Width < 1 || size.Height < 1 || size.Width > MaxSidePixels || size.Height > MaxSidePixels)
            return string.Create(CultureInfo.InvariantCulture, $"'{path}' says it is {size.Width} × {size.Height} pixels; a logo may have 1 to {MaxSidePixels} pixels on each side.");
        return Decodes(bytes) ? null : $"'{path}' cannot be decoded as an image (its header and its pixel data disagree, or the data is damaged).";
    }

    /// <summary>Width and height as the file's header states them: PNG's IHDR chunk, or a JPEG's start-of-frame segment.</summary>
    private static (int Width, int Height)? Dimensions(byte[] bytes)
    {
        ReadOnlySpan<byte> data = bytes;
        // PNG: the 8-byte signature, then IHDR (length 13) holding width and height, big-endian.
        if (data.Length >= 24 && data[0] == 0x89 && data[1] == 0x50)
        {
            if (!data.Slice(12, 4).SequenceEqual("IHDR"u8))
                return null;
            long width = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
            long height = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
            return ((int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue));
        }
        // JPEG: markers from after SOI; each segment states its length, SOF0 to SOF15 (not DHT C4, JPG C8, DAC CC) the size.
        int at = 2;
        while (at + 4 <= data.Length)
        {
            if (data[at] != 0xFF)
                return null;
            byte marker = data[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }
            if (marker is 0xD9 or 0xDA)
                return null;
            int segment = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (at + 9 > data.Length)
                    return null;
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]));
            }
            if (segment < 2)
                return null;
            at += 2 + segment;
        }
        return null;
    }

    /// <summary>Draws the image into a throwaway one-page PDF, as the writer will: decoding and embedding happen here.</summary>
    [SuppressMessage("Design", "CA1031", Justification = "Any failure inside PDFsharp's decoders (index out of range, invalid data, end of stream) means the same to the user: this file cannot be the logo.")]
    private static bool Decodes(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using XImage image = XImage.FromStream(stream);
            using var document = new PdfDocument();
            PdfPage page = document.AddPage();
            using (XGraphics graphics = XGraphics.FromPdfPage(page))
                graphics.DrawImage(image, 0, 0, 10, 10);
            document.Save(Stream.Null, closeStream: false);
            return image.PixelWidth > 0 && image.PixelHeight > 0;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
