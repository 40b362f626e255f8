using Microsoft.Playwright;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's chromium, driven by Playwright. test.sh installs it with apt-get; Playwright never downloads a browser of its own.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Generous: starting a browser on a loaded 2-core box can take many seconds.</summary>
    public const float TimeoutMs = 180_000;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Timeout = TimeoutMs,
        // Root on CI needs --no-sandbox; the rest keeps the browser from calling home or updating itself mid-test.
        Args =
        [
            "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run",
        ],
    });
}

/// <summary>A fact that needs chromium: skipped, saying why, only where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath))
            Skip = $"{Chromium.ExecutablePath} is not installed: test.sh installs it (apt-get install chromium fonts-noto-cjk) and could not.";
    }
}
