using System.Globalization;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>Nearest-rank percentiles of a sample, for the report.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> values)
    {
        _sorted = values.ToArray();
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double At(double percent) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    /// <summary>"p50 / p95 / p99" in milliseconds.</summary>
    public string Summary() => Count == 0 ? "—" : string.Format(CultureInfo.InvariantCulture, "{0:0.0} / {1:0.0} / {2:0.0}", At(50), At(95), At(99));
}
