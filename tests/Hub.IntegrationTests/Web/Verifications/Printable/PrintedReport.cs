using Hub.Contracts.Api;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Scenarios;
using Hub.Testing;
using Microsoft.Playwright;

namespace Hub.IntegrationTests.Web.Verifications.Printable;

/// <summary>
/// A large household's finished report, served by a started embedded hub, opened in chromium as a caseworker's browser
/// would ask for it, and printed to PDF once for the test class. Set HUB_PRINT_ARTIFACTS to a folder to keep the PDF
/// and a screenshot of the print layout for a look.
/// </summary>
public sealed class PrintedReport : IAsyncLifetime
{
    private const string ApiKey = "demo-caller-key";
    private readonly string folder = Directory.CreateTempSubdirectory("hub-print-").FullName;
    private RunningApp? hub;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public VerificationReport Report { get; private set; } = null!;
    public string ContentSecurityPolicy { get; private set; } = "";
    public List<string> ConsoleMessages { get; } = [];
    /// <summary>The page's text as the browser lays it out.</summary>
    public string Text { get; private set; } = "";
    /// <summary>The text a caseworker reads: all of it but the policy pack's paths and the verification block.</summary>
    public string ReadingText { get; private set; } = "";
    public int IncomeRows { get; private set; }
    public string HeadingAlignment { get; private set; } = "";
    public byte[] Pdf { get; private set; } = [];
    /// <summary>
    /// The fewest A4 pages the content can fill: its height in the print layout, at the width the page's <c>@page</c>
    /// margins leave, over the height they leave. Rows kept whole and repeated table headings may add to it, never take away.
    /// </summary>
    public int PagesTheContentFills { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath)) return; // every fact here is skipped then
        hub = await EmbeddedHub.StartAsync(folder);
        using var client = new HubClient(hub.Address, ApiKey);
        var id = await client.SubmitAcceptedAsync(LargeHousehold());
        Assert.Equal("completed", (await client.WaitUntilFinishedAsync(id, TimeSpan.FromMinutes(3))).Status);
        Report = await client.ReportAsync(id);

        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Api-Key"] = ApiKey, ["Accept"] = "text/html" },
        });
        context.SetDefaultTimeout(Chromium.TimeoutMs);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => ConsoleMessages.Add(message.Text);

        var response = await page.GotoAsync(new Uri(hub.Address, $"/api/v1/verifications/{id}/report").ToString());
        Assert.Equal(200, response!.Status);
        ContentSecurityPolicy = await response.HeaderValueAsync("content-security-policy") ?? "";
        Text = await page.InnerTextAsync("body");
        // The pack paths and the verification block (ids, hashes) are for operators and auditors; a caseworker reads the rest.
        ReadingText = await page.EvaluateAsync<string>("""
            () => [...document.body.querySelectorAll('h1, h2, h3, h4, p, th, td')]
                .filter(e => !e.closest('table.paths, .verification')).map(e => e.innerText).join('\n')
            """);
        IncomeRows = await page.Locator("h4:text-matches('^月度收入') + table > tbody > tr").CountAsync();
        HeadingAlignment = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).textAlign");

        Pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        PagesTheContentFills = await PagesFilledAsync(page);

        if (Environment.GetEnvironmentVariable("HUB_PRINT_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            await File.WriteAllBytesAsync(Path.Combine(artifacts, "report.pdf"), Pdf);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report.png"), FullPage = true });
        }
    }

    private static async Task<int> PagesFilledAsync(IPage page)
    {
        // The page area in CSS pixels (96 per inch), from the style sheet's own @page margins (in mm) on A4.
        var area = await page.EvaluateAsync<double[]>("""
            () => {
              const margins = [...document.styleSheets[0].cssRules].find(r => r instanceof CSSPageRule).style;
              const px = mm => mm * 96 / 25.4, of = v => { if (!v.endsWith('mm')) throw new Error('margin not in mm: ' + v); return parseFloat(v); };
              return [px(210 - of(margins.marginLeft) - of(margins.marginRight)), px(297 - of(margins.marginTop) - of(margins.marginBottom))];
            }
            """);
        await page.SetViewportSizeAsync((int)Math.Floor(area[0]), (int)Math.Floor(area[1]));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var height = await page.EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height");
        return (int)Math.Ceiling(height / area[1]);
    }

    /// <summary>
    /// Fourteen people from the named scenarios in 日照, so every department has records and they fill several pages: a
    /// pensioner couple with a joint home, a member declared 一级 disabled, one drawing unemployment benefit, one
    /// employed (就业成本), declared medical expenses (刚性支出), a recheck of a current recipient, and the register's
    /// people the household did not declare.
    /// </summary>
    private static SubmitVerificationRequest LargeHousehold()
    {
        (Scenario Scenario, int Index, string Name, string Relation)[] people =
        [
            (Scenario.Pensioners, 0, "张建国", "applicant"), (Scenario.Pensioners, 1, "王秀英", "spouse"),
            (Scenario.HighIncome, 0, "张伟", "child"), (Scenario.HighIncome, 1, "李娜", "other"),
            (Scenario.SevereDisability, 1, "张磊", "grandchild"), (Scenario.UnemployedOnBenefit, 0, "张强", "child"),
            (Scenario.TwoHouses, 0, "刘桂兰", "other"), (Scenario.OwnsCar, 0, "赵敏", "other"),
            (Scenario.OwnsBusiness, 1, "𠮷田明", "other"), (Scenario.LargeBankBalance, 0, "陈静", "other"),
            (Scenario.MovedMoneyAway, 0, "张勇", "sibling"), (Scenario.HousingFundContributor, 0, "孙丽", "other"),
            (Scenario.DisabilityVehicle, 0, "周平", "other"), (Scenario.RegistryMismatch, 0, "马成", "other"),
        ];
        var members = people.Select(p => new MemberRequest
        {
            Name = p.Name, IdNumber = ScenarioBook.Households[p.Scenario][p.Index], Relation = p.Relation,
            DisabilityGrade = p.Scenario == Scenario.SevereDisability ? 1 : null,
            Employment = p.Scenario == Scenario.HighIncome && p.Index == 0 ? Employments.Employed : null,
        }).ToList();
        var template = Households.Family("371100");
        return template with
        {
            Members = members,
            Consent = template.Consent! with { SignedBy = members.Select(m => m.IdNumber!).ToList() },
            RecipientSince = new DateOnly(2024, 5, 1),
            Expenses = new ExpensesRequest { MedicalCny = 24_000m },
        };
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (hub is not null) await hub.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
