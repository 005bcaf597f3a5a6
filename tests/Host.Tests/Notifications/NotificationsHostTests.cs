using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>Tests that each get a fresh <see cref="NotificationsHost"/> (no SMTP, scheduling off), disposed after them.</summary>
public abstract class NotificationsHostTests(StorageProvider storage = StorageProvider.Sqlite) : IAsyncLifetime
{
    internal NotificationsHost Host { get; } = NotificationsHost.Start(storage: storage);

    private protected StorageProvider Storage => storage;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
