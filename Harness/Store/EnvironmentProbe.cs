using System.Runtime.InteropServices;

namespace Repro.Harness.Store;

/// <summary>Describes the current machine for the manifest; never fails (unknown parts say "unknown").</summary>
public static class EnvironmentProbe
{
    private const string CpuInfoPath = "/proc/cpuinfo";

    /// <summary>Runtime, OS, process architecture, CPU model and logical core count of this process.</summary>
    public static EnvironmentInfo Describe() => new(
        Runtime: RuntimeInformation.FrameworkDescription,
        Os: RuntimeInformation.OSDescription,
        Architecture: RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
        Cpu: ReadCpuModel() ?? "unknown",
        LogicalCores: Environment.ProcessorCount);

    /// <summary>The first "model name" value of /proc/cpuinfo-formatted text, or null.</summary>
    internal static string? ParseCpuModel(string cpuInfo)
    {
        foreach (string line in cpuInfo.Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim() == "model name")
            {
                string model = line[(colon + 1)..].Trim();
                if (model.Length > 0) return model;
            }
        }
        return null;
    }

    private static string? ReadCpuModel()
    {
        try
        {
            return File.Exists(CpuInfoPath) ? ParseCpuModel(File.ReadAllText(CpuInfoPath)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
