using Npgsql;
using Samverkan.Host.Hosting;

namespace Samverkan.Host.Tests.Hosting;

/// <summary>The PostgreSQL connection string gets the service's Npgsql defaults, and whatever it says itself wins.</summary>
public sealed class PostgreSqlConnectionDefaultsTests
{
    [Fact]
    public void Apply_AStringWithoutThem_AddsNoResetAndAutomaticPreparation()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            PostgreSqlConnectionDefaults.Apply("Host=db;Port=5433;Database=samverkan;Username=s;Password=p"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.Equal(("db", 5433, "samverkan", "s", "p"), (tuned.Host, tuned.Port, tuned.Database, tuned.Username, tuned.Password));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;maxautoprepare=0")]
    [InlineData("Host=db;MAX AUTO PREPARE=0")]
    public void Apply_AStringThatSetsASetting_KeepsItsValue_InAnySpelling(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionDefaults.Apply(connectionString));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
    }

    [Fact]
    public void Apply_NoResetOnCloseSetToFalse_StaysFalse()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionDefaults.Apply("Host=db;No Reset On Close=false"));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
    }

    [Fact]
    public void Apply_AStringNpgsqlCannotRead_IsReturnedAsItIs_ForTheStartUpToExplain()
    {
        Assert.Equal("Host=db;Colour=blue", PostgreSqlConnectionDefaults.Apply("Host=db;Colour=blue"));
    }
}
