using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Samverkan.Host.Security;

namespace Samverkan.Host.Components.Shared;

/// <summary>
/// Who is using a page. Interactive pages run in a circuit without an HttpContext, so the user comes from the
/// authentication state the circuit was opened with, read the same way as a request's claims.
/// </summary>
public sealed class WebUser(AuthenticationStateProvider state, IOptions<AuthOptions> options)
{
    private ICurrentUser? _user;

    public async Task<ICurrentUser> GetAsync()
    {
        if (_user is null)
        {
            var auth = await state.GetAuthenticationStateAsync();
            _user = new ClaimsCurrentUser(auth.User, options.Value);
        }
        return _user;
    }
}
