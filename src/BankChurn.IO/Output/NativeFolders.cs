using System.Runtime.InteropServices;
using System.Text;

namespace BankChurn.IO.Output;

/// <summary>
/// The two file-system calls .NET does not offer: exchanging two folders in one step (Linux <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>, macOS <c>renamex_np</c> with <c>RENAME_SWAP</c>) and flushing a folder's entries to disk
/// (<c>fsync</c> on the folder itself). Where a call is missing the caller falls back and says so.
/// </summary>
internal static class NativeFolders
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;
    private const int OpenReadOnly = 0;
    private const int OpenDirectoryLinux = 0x10000;
    private const int OpenDirectoryMac = 0x100000;

    /// <summary>Swaps the contents of two existing paths atomically; false when the system cannot (Windows, an old kernel, a file system without it).</summary>
    public static bool TryExchange(string first, string second)
    {
        try
        {
            if (OperatingSystem.IsLinux())
                return RenameAt2(AtCurrentFolder, Utf8(first), AtCurrentFolder, Utf8(second), RenameExchange) == 0;
            if (OperatingSystem.IsMacOS())
                return RenameXNp(Utf8(first), Utf8(second), RenameSwap) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // An older C library: the caller falls back to two renames.
        }
        return false;
    }

    /// <summary>Flushes a folder's entries (the names of the files in it) to disk, so a rename survives a power loss. Best effort outside Unix.</summary>
    public static void FlushFolder(string folder)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
            return;
        int handle;
        try
        {
            handle = Open(Utf8(folder), OpenReadOnly | (OperatingSystem.IsLinux() ? OpenDirectoryLinux : OpenDirectoryMac));
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return;
        }
        if (handle < 0)
            return;
        try
        {
            if (Fsync(handle) != 0)
                throw new IOException($"could not flush the folder {folder} to disk (error {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Close(handle);
        }
    }

    private static byte[] Utf8(string path) => Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(int oldFolder, byte[] oldPath, int newFolder, byte[] newPath, uint flags);

    [DllImport("libc", EntryPoint = "renamex_np", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameXNp(byte[] from, byte[] to, uint flags);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int handle);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int handle);
}
