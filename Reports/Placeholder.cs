namespace Repro.Reports;
internal static class Placeholder;
