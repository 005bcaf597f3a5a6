using System.Diagnostics;

namespace Samverkan.Testing;

/// <summary>
/// The one way a test waits for what happens in the background (a Hangfire job, an e-mail, a notification written
/// after a commit, a process starting): poll, and fail naming what did not happen within the limit.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls until <paramref name="condition"/> holds; fails with "… <paramref name="what"/>" after <paramref name="limit"/>.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what) =>
        UntilAsync(condition, done => done, limit, _ => what);

    /// <inheritdoc cref="UntilAsync(Func{Task{bool}}, TimeSpan, string)"/>
    public static Task UntilAsync(Func<bool> condition, TimeSpan limit, string what) =>
        UntilAsync(() => Task.FromResult(condition()), done => done, limit, _ => what);

    /// <summary>
    /// Reads until <paramref name="done"/> accepts the value and returns it; after <paramref name="limit"/> fails with
    /// <paramref name="failure"/> of the last value read (e.g. "anna has 1 of 3 notifications").
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan limit, Func<T, string> failure)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                Assert.Fail($"Waited {limit}: {failure(value)}");
            }
            await Task.Delay(Interval);
        }
    }
}
