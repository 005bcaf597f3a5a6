namespace Samverkan.Testing.Databases;

/// <summary>The database a test's store or host runs on, as the service's <c>Samverkan:Storage:Provider</c> names them.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
