namespace Repro.Theory.Numerics;

/// <summary>PLACEHOLDER — being replaced by the deterministic implementation.</summary>
public static class DetMath
{
    public static double Exp(double x) => Math.Exp(x);
    public static double Expm1(double x) => Math.Exp(x) - 1;
    public static double Log(double x) => Math.Log(x);
    public static double Tanh(double x) => Math.Tanh(x);
}
