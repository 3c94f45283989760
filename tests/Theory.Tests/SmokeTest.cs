using Repro.Theory.Numerics;
namespace Repro.Theory.Tests;
public class SmokeTest { [Fact] public void Builds() => Assert.NotEqual(CounterRng.For(1, "a").NextBits(), CounterRng.For(1, "b").NextBits()); }
