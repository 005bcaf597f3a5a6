using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.Host.Persistence.KeyRing;

/// <summary>
/// The keys every node of a cluster must share, in the database: Data Protection's key ring (sign-in cookies,
/// antiforgery and bearer tokens, the encrypted personnummer) and the service's own secrets such as the
/// personnummer search key, kept protected by that key ring. One node on SQLite keeps them in files instead.
/// </summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SecretRecord> Secrets => Set<SecretRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SecretRecord>(secret =>
        {
            secret.HasKey(s => s.Name);
            secret.Property(s => s.Name).HasMaxLength(SecretRecord.NameMaxLength);
            secret.Property(s => s.ProtectedValue).IsRequired();
        });
    }
}
