using MudBlazor;

namespace Samverkan.Host.Components.Layout;

/// <summary>
/// Colours chosen for WCAG 2.1 AA: every text colour below has at least 4.5:1 contrast against the background it
/// is used on (white text on the primary and error colours, dark text on the light surfaces).
/// </summary>
public static class SamverkanTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",          // 8.6:1 with white
            Secondary = "#5a3d7a",        // 8.9:1 with white
            Tertiary = "#0f5f5c",         // 7.4:1 with white
            Info = "#0b5cad",             // 6.6:1 with white
            Success = "#1e6b33",          // 6.6:1 with white
            Warning = "#8a4b00",          // 6.1:1 with white
            Error = "#b3261e",            // 6.5:1 with white
            AppbarBackground = "#1f4e79",
            AppbarText = "#ffffff",
            TextPrimary = "#1b1b1f",
            TextSecondary = "#44474e",    // 9.3:1 on white
            DrawerText = "#1b1b1f",
            DrawerIcon = "#44474e",
            ActionDefault = "#44474e",
            LinesDefault = "#c4c6cf",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
