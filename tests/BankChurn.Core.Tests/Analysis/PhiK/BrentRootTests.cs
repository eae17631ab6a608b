using BankChurn.Core.Analysis.PhiK;

namespace BankChurn.Core.Tests.Analysis.PhiK;

public class BrentRootTests
{
    // The iterate brentq stops at, not the exact root: φK's figures depend on it.
    // /usr/bin/python3 -c "import numpy as np; from scipy.optimize import brentq; print(repr(brentq(f, 0, 1, xtol=1e-5)))"
    [Theory]
    [InlineData(0, 0.5848040150782238)]  // x³ − 0.2 (root 0.584803547…)
    [InlineData(1, 0.7390851295647752)]  // cos x − x (root 0.739085133…)
    [InlineData(2, 0.6931457088469662)]  // eˣ − 2 (root 0.693147180…: 1.5e-6 away, yet exactly SciPy's answer)
    public void Find_StopsWhereScipyBrentqStops(int function, double expected)
    {
        Func<double, double> f = function switch
        {
            0 => x => x * x * x - 0.2,
            1 => x => Math.Cos(x) - x,
            _ => x => Math.Exp(x) - 2,
        };
        Assert.Equal(expected, BrentRoot.Find(f, 0, 1, 1e-5), 1e-15);
    }

    [Fact]
    public void Find_RootAtAnEnd_ReturnsTheEnd() => Assert.Equal(1.0, BrentRoot.Find(x => x - 1, 0, 1, 1e-5));

    [Fact]
    public void Find_NoSignChange_Throws() =>
        Assert.Throws<ArgumentException>(() => BrentRoot.Find(x => x + 1, 0, 1, 1e-5));
}
