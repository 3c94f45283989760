using System.Diagnostics;

namespace Repro.Harness.Tests.Reliability;

/// <summary>Runs a system tool (mount, umount, kill) for a test's setup.</summary>
internal static class SystemTool
{
    /// <summary>False when the tool is missing or fails (e.g. mount without privileges).</summary>
    public static bool Run(string tool, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string arg in args) start.ArgumentList.Add(arg);
            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            _ = output.Result;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
