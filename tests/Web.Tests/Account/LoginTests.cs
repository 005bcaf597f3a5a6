using Samverkan.Host.Components.Account;

namespace Samverkan.Web.Tests.Account;

public sealed class LoginTests
{
    [Theory]
    [InlineData("/inkorg", "/inkorg")]
    [InlineData("/processer/sip?v=2", "/processer/sip?v=2")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://elak.example/", "/")]
    [InlineData("//elak.example/", "/")]
    [InlineData("/\\elak.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void ReturnUrl_OnlyEverLeadsWithinTheSite(string? returnUrl, string expected) =>
        Assert.Equal(expected, Login.LocalReturnUrl(returnUrl));
}
