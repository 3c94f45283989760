using System.Reflection;
using Repro.Theory.Bounds;
using Repro.Theory.Claims;

namespace Repro.Theory.Tests.Bounds;

public class PaperConstantsTests
{
    [Theory]
    [InlineData(typeof(PaperConstants))]
    [InlineData(typeof(VerdictThresholds))]
    public void EveryConstantIsListedWithItsValueAndProvenance(Type holder)
    {
        var list = (IReadOnlyList<NamedConstant>)holder.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var constants = holder.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToArray();
        Assert.NotEmpty(constants);
        Assert.Equal(constants.Length, list.Count);
        Assert.Equal(list.Count, list.Select(c => c.Name).Distinct().Count());
        foreach (var field in constants)
        {
            var entry = Assert.Single(list, c => c.Name == field.Name);
            Assert.Equal(Convert.ToDouble(field.GetValue(null)), entry.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Symbol));
            Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
            Assert.Equal(entry.Status == ConstantStatus.Fitted, double.IsNaN(entry.Value)); // fitted ⇔ no a-priori value
        }
    }
}
