using System.Net;
using Hub.Web.Verifications;
using Hub.Contracts.Api;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.UnitTests.Web.Verifications.Printable;

/// <summary>
/// The printable page from hand-made report documents: each part of the report a caseworker acts on, and what the
/// pipeline rarely produces (hostile text, unavailable departments, names the page does not know yet).
/// </summary>
public sealed class When_a_report_page_is_rendered
{
    private const string Cite = "二（一）1：核减困难家庭因残疾、患重病等增加的刚性支出、必要的就业成本";
    private const string Income9 = "《社会救助暂行办法》第九条：国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。";

    [Fact]
    public void Text_that_looks_like_markup_is_printed_as_text()
    {
        var report = Report() with { Members = [Member(0, "<script>alert(1)</script>")] };
        report = WithRecords(report, "real_estate", new CanonicalRecords
        {
            Properties = [new PropertyRecord(0, "鲁(2020)第1号", "\"><img src=x onerror=alert(1)>", PropertyUses.Residential, 60, 1, PropertyShareBases.Sole, new DateOnly(2020, 1, 2))],
        });

        var page = ReportPage.Render(report);

        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("<img", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", page);
    }

    [Fact]
    public void An_unavailable_department_says_why_in_chinese_and_whose_fault_it_was()
    {
        var report = Report() with
        {
            Sources =
            [
                new ReportSource("tax", "unavailable", null, null, null, ReasonCodes.DepartmentTimeout, "no answer within 10 s"),
                new ReportSource("bank", "unavailable", null, null, null, ReasonCodes.HubError, "the bank adapter failed (NullReferenceException)"),
            ],
        };

        var page = ReportPage.Render(report);

        Assert.Contains("未反馈：部门未在时限内答复（department_timeout：no answer within 10 s）", page);
        Assert.Contains("未反馈：核对平台自身故障（非部门原因）", page);
        Assert.Contains("未反馈：纳税记录，相关规则未能核对", page);
    }

    [Fact]
    public void A_metric_rule_or_department_the_page_does_not_know_yet_reads_as_words()
    {
        var report = Report() with
        {
            Metrics = [new ReportMetric("monthlyPensionIncome", 1800m, "CNY/month", ["social_security"], [])],
            Findings = [new ReportFinding("pension_within_limit", "养老金不高于标准", 1800m, 2000m, "<", FindingOutcomes.Pass, ["social_security"])],
        };

        var page = ReportPage.Render(report);

        Assert.Contains("monthly pension income", page);
        Assert.Contains("pension within limit", page);
        Assert.Contains("social security", page);
        Assert.Contains("低于 2,000", page);
    }

    /// <summary>The page shows the report's own computation: wages and a pension, the employment cost taken off, the net per person.</summary>
    [Fact]
    public void The_income_computation_shows_each_gross_line_each_deduction_the_net_and_the_net_per_person()
    {
        var report = Report() with
        {
            Members = [Member(0, "张三"), Member(1, "李四", "spouse")],
            Income = new IncomeComputation([0, 1],
                [
                    new IncomeLine("wages", "工资、薪金所得", 2_000m, ["tax"], [new RecordReference("tax", "income", [0, 1, 2, 3])]),
                    new IncomeLine("pension_urban_employee", "城镇职工基本养老金", 1_800m, ["social_insurance"], [new RecordReference("social_insurance", "pensions", [0])]),
                ],
                3_800m,
                [new IncomeDeduction("employment_cost", "必要的就业成本", 400m, "成员2有劳动收入（工资薪金、劳务报酬、经营所得），按劳动收入的20%扣减", Cite, true)],
                3_400m, 1_700m, []),
            Findings = [new ReportFinding("income", "家庭月人均收入（扣除必要的就业成本后）低于城市低保标准1010元（示例值）", 1_700m, 1_010m, "<",
                FindingOutcomes.Fail, ["tax", "social_insurance"], "CNY/month", Income9, "月收入合计3800元，扣除400元后3400元，核算2人")],
        };

        var page = Text(report);

        Assert.Contains("核算对象：全体家庭成员 2 人。", page);
        Assert.Contains("工资、薪金所得 2,000.00 纳税记录·月度收入 第1–4条", page);
        Assert.Contains("城镇职工基本养老金 1,800.00 社会保险·基本养老金 第1条", page);
        Assert.Contains($"必要的就业成本 400.00 成员2有劳动收入（工资薪金、劳务报酬、经营所得），按劳动收入的20%扣减（示例值） {Cite}", page);
        Assert.Contains("月收入合计 3,800.00 元/月", page);
        Assert.Contains("扣减合计 400.00 元/月", page);
        Assert.Contains("扣减后月收入 3,400.00 元/月", page);
        Assert.Contains("家庭月人均收入 1,700.00 元/月", page);
        Assert.Contains("与标准比较 本户 1,700 元/月，标准 低于 1,010 元/月：不符合", page);
        Assert.Contains("说明：月收入合计3800元，扣除400元后3400元，核算2人", page);
        Assert.Contains($"政策原文：{Income9}", page);
    }

    [Fact]
    public void Income_the_policy_does_not_count_is_marked_in_its_record_table()
    {
        var report = WithRecords(Report(), "tax", new CanonicalRecords
        {
            Income =
            [
                new IncomeRecord(0, IncomeCategories.Wages, "2026-10", 1200m, "某公司"),
                new IncomeRecord(0, IncomeCategories.PropertyTransfer, "2026-10", 50000m, "某买受人"),
            ],
        }) with
        {
            Metrics = [new ReportMetric("monthlyIncomePerCapita", 100m, "CNY/month", ["tax"], [new RecordReference("tax", "income", [0])])],
        };

        var page = Text(report);

        Assert.Contains("1 张三 2026-10 工资、薪金所得 1,200.00 某公司 家庭月人均收入", page);
        Assert.Contains("2 张三 2026-10 财产转让所得 50,000.00 某买受人 不计入", page);
        Assert.Contains("纳税记录·月度收入 第1条", page);
    }

    /// <summary>The social-insurance records did not answer: the tax records were not assessed, not left out.</summary>
    [Fact]
    public void Records_whose_metric_could_not_be_computed_read_as_not_assessed()
    {
        var report = WithRecords(Report(), "tax", new CanonicalRecords { Income = [new IncomeRecord(0, IncomeCategories.Wages, "2026-10", 1200m, "某公司")] }) with
        {
            Metrics = [new ReportMetric("monthlyIncomePerCapita", null, "CNY/month", ["tax", "social_insurance"], [])],
        };

        Assert.Contains("1 张三 2026-10 工资、薪金所得 1,200.00 某公司 未能核算", Text(report));
    }

    [Fact]
    public void A_declaration_is_shown_with_its_check_and_the_member_assessed_alone()
    {
        var report = Report() with
        {
            Members = [Member(0, "张三") with { DisabilityGrade = 1, Employment = Employments.None }, Member(1, "李四", "spouse") with { SeriousIllness = true }],
            Declarations =
            [
                new DeclarationCheck(0, "残疾等级一级", DeclarationChecks.Confirmed, "残联记录：一级残疾人证，有效期至2029-07-21", ["disability"]),
                new DeclarationCheck(1, "重病", DeclarationChecks.Unverifiable, "没有部门提供诊断记录：须由经办机构核验病历", []),
            ],
            Income = Report().Income with { AssessedMembers = [0], SeparatedMembers = [new SeparatedMember(0, "重度残疾（一级）", DeclarationChecks.Confirmed)] },
        };

        var page = Text(report);

        Assert.Contains("1 张三 371702********101X 申请人 60 周岁 残疾一级；未就业", page);
        Assert.Contains("2 李四 371702********101X 配偶 60 周岁 重病", page);
        Assert.Contains("张三 残疾等级一级 与记录相符 残联记录：一级残疾人证，有效期至2029-07-21 残疾人证", page);
        Assert.Contains("李四 重病 无法核对，须人工核实 没有部门提供诊断记录：须由经办机构核验病历 —", page);
        Assert.Contains("按单人户核算的成员", page);
        Assert.Contains("张三 重度残疾（一级） 与记录相符", page);
        Assert.Contains("核算对象：张三，按单人户各自核算", page);
        Assert.Contains("单人户成员月收入（各自核算，取最高者）", page);
    }

    [Fact]
    public void The_recheck_cycle_chosen_for_the_household_says_why()
    {
        var report = Report() with
        {
            Recheck = new RecheckDecision(6, "收入来源不固定（成员1领取失业保险金），且成员1有劳动能力",
                "二（二）6：对收入来源不固定、家庭成员有劳动能力的低保家庭，每半年核查一次", false),
        };

        var page = Text(report);

        Assert.Contains("本户复核周期 每 6 个月核查一次", page);
        Assert.Contains("确定理由 收入来源不固定（成员1领取失业保险金），且成员1有劳动能力", page);
        Assert.Contains("政策原文 二（二）6：对收入来源不固定、家庭成员有劳动能力的低保家庭，每半年核查一次", page);
    }

    [Fact]
    public void A_graduating_household_shows_its_months_and_why()
    {
        var report = Report() with
        {
            RecipientSince = new DateOnly(2024, 5, 1),
            Conclusion = Conclusions.Graduating,
            Graduation = new GraduationDecision(3, 6, "在保对象（自2024-05-01起），成员1已就业；家庭月人均收入1200元，达到低保标准1010元",
                "二（一）6：在其家庭成员人均收入超过当地低保标准后给予3—6个月的渐退期", false),
        };

        var page = Text(report);

        Assert.Contains("申请情形 在保对象复核（自 2024-05-01 起享受救助）", page);
        Assert.Contains("核对结论 收入超过标准，给予渐退期", page);
        Assert.Contains("渐退期 3–6 个月 理由 在保对象（自2024-05-01起），成员1已就业", page);
        Assert.Contains("政策原文 二（一）6：在其家庭成员人均收入超过当地低保标准后给予3—6个月的渐退期", page);
    }

    [Fact]
    public void A_joint_home_shows_it_was_split_among_the_household_co_owners()
    {
        var report = WithRecords(Report() with { Members = [Member(0, "张三"), Member(1, "李四", "spouse")] }, "real_estate", new CanonicalRecords
        {
            Properties =
            [
                new PropertyRecord(0, "鲁(2016)牡丹区不动产权第0004321号", "菏泽市牡丹区中华路88号", PropertyUses.Residential, 96m, 0.5m, PropertyShareBases.JointEqual, new DateOnly(2016, 3, 1)),
                new PropertyRecord(1, "鲁(2016)牡丹区不动产权第0004321号", "菏泽市牡丹区中华路88号", PropertyUses.Residential, 96m, 0.5m, PropertyShareBases.JointEqual, new DateOnly(2016, 3, 1)),
            ],
        });

        var page = Text(report);

        Assert.Contains("张三 鲁(2016)牡丹区不动产权第0004321号 菏泽市牡丹区中华路88号 住宅 96 50%（共同共有，按户内共有人均分） 2016-03-01", page);
        Assert.Contains("李四 鲁(2016)牡丹区不动产权第0004321号", page);
    }

    [Fact]
    public void Pensions_benefits_contributions_the_register_and_certificates_have_their_tables()
    {
        var report = Report() with { Members = [Member(0, "张三"), Member(1, "李四", "spouse")] };
        report = WithRecords(report, "social_insurance", new CanonicalRecords
        {
            Pensions = [new PensionRecord(0, PensionSchemes.UrbanEmployee, BenefitStatuses.Paying, 2_280m, new DateOnly(2010, 1, 1), "菏泽市社会保险事业中心")],
            UnemploymentBenefits = [new UnemploymentBenefitRecord(1, BenefitStatuses.Paying, 1_620m, new DateOnly(2026, 6, 1), new DateOnly(2027, 5, 31), "菏泽市社会保险事业中心")],
            InsuranceContributions =
            [
                new InsuranceContributionRecord(1, InsuranceKinds.EmployeePension, ContributionStatuses.Interrupted, 4_200m, "某机械厂", new DateOnly(2012, 3, 1), "2026-05"),
                new InsuranceContributionRecord(1, InsuranceKinds.ResidentPension, ContributionStatuses.Paying, null, null, new DateOnly(2026, 7, 1), null),
            ],
        });
        report = WithRecords(report, "household_registration", new CanonicalRecords
        {
            RegisteredPersons =
            [
                new RegisteredPersonRecord(1, 0, null, null, RegistryRelations.Head, RegistrationStatuses.Registered, new DateOnly(1966, 1, 1)),
                new RegisteredPersonRecord(1, null, "王*", "371702********2138", RegistryRelations.Child, RegistrationStatuses.Registered, new DateOnly(1990, 2, 3)),
                new RegisteredPersonRecord(1, 1, null, null, RegistryRelations.Spouse, RegistrationStatuses.MovedOut, new DateOnly(2025, 8, 9)),
            ],
        });
        report = WithRecords(report, "disability", new CanonicalRecords
        {
            DisabilityCertificates = [new DisabilityCertificateRecord(0, "****************1743", DisabilityCategories.Physical, 2, CertificateStatuses.Valid, new DateOnly(2019, 7, 22), new DateOnly(2029, 7, 21))],
        });

        var page = Text(report);

        Assert.Contains("基本养老金（1 条）", page);
        Assert.Contains("1 张三 城镇职工基本养老金 正常发放 2,280.00 2010-01-01 菏泽市社会保险事业中心", page);
        Assert.Contains("1 李四 正常发放 1,620.00 2026-06-01 至 2027-05-31 菏泽市社会保险事业中心", page);
        Assert.Contains("1 李四 城镇职工基本养老保险 暂停缴费 4,200.00 某机械厂 2012-03-01 2026-05", page);
        Assert.Contains("2 李四 城乡居民基本养老保险 参保缴费 — 个人缴费 2026-07-01 未缴费", page);
        Assert.Contains("1 第1户 张三 户主 在册 1966-01-01", page);
        Assert.Contains("2 第1户 王*（371702********2138，未申报） 子女 在册 1990-02-03", page);
        Assert.Contains("3 第1户 李四 配偶 迁出 2025-08-09", page);
        Assert.Contains("1 张三 ****1743 肢体残疾 二级 有效 2019-07-22 2029-07-21", page);
        Assert.DoesNotContain("****************1743", page);
    }

    [Fact]
    public void The_benefit_level_of_extreme_poverty_is_reported_apart_from_the_income_standard()
    {
        var report = Report() with
        {
            AssistanceType = "extreme_poverty",
            Policy = Report().Policy with
            {
                BenefitLevel = new BenefitLevel("特困人员基本生活标准", 1.4m, 1_414m, "二（一）2：特困人员基本生活标准按照低保标准的1.4倍确定", false),
            },
        };

        var page = Text(report);

        Assert.Contains("收入认定标准（低保标准倍数） 1 倍", page);
        Assert.Contains("特困人员基本生活标准 1,414.00 元/人·月（低保标准×1.4）；为救助供养标准，不作为收入认定标准。" +
            "政策原文：二（一）2：特困人员基本生活标准按照低保标准的1.4倍确定", page);
    }

    [Fact]
    public void The_graduation_band_and_the_temporary_assistance_amounts_are_spelled_out_in_yuan_with_the_case_by_case_clause()
    {
        var report = Report() with
        {
            Policy = Report().Policy with
            {
                Graduation = new GraduationBand(1m, 1.5m, 960m, 1440m, 3, 6),
                TemporaryCaps = [new TemporaryAssistanceCap("因病致困", 3m, 12m, 2880m, 11520m, true, "二（四）13：对遭遇重大生活困难的，可采用“一事一议”方式适度提高临时救助标准")],
            },
        };

        var page = Text(report);

        Assert.Contains("家庭月人均收入超过 960.00 元（低保标准×1）、不超过 1,440.00 元（×1.5）的，给予3–6 个月渐退期", page);
        Assert.Contains("因病致困 3–12 倍 2,880.00–11,520.00", page);
        Assert.Contains("可按“一事一议”经审批超过上限，审批决定须记录在案。政策原文：二（四）13：对遭遇重大生活困难的，可采用“一事一议”方式适度提高临时救助标准", page);
    }

    /// <summary>A sample path names its rule by id: it is the rule 机动车数量 even where 单人户 comes first among the findings.</summary>
    [Fact]
    public void Sample_values_are_named_by_the_rule_or_item_they_belong_to()
    {
        var report = Report() with
        {
            Findings = [new ReportFinding("single_person_household", "单人户", 0m, 1m, "<", FindingOutcomes.Pass, ["tax"])],
            Policy = Report().Policy with
            {
                SampleParameters =
                [
                    "$.standards.urbanMonthly", "$.rules[?@.id=='vehicles'].limit", "$.deductions[?@.kind=='employment_cost'].share",
                    "$.vehicleExemptions[?@.label=='基本生活、生产工具']", "$.workAbility.severeDisabilityMaxGrade", "$.caseByCase",
                ],
            },
        };

        var page = Text(report);

        Assert.Contains("城市低保标准 960.00 元/月（示例值）", page);
        Assert.Contains("规则“机动车数量”：限额 $.rules[?@.id=='vehicles'].limit", page);
        Assert.Contains("收入扣减“必要的就业成本”：扣减比例", page);
        Assert.Contains("豁免车辆“基本生活、生产工具”的设置", page);
        Assert.Contains("重度残疾等级（该级及以上）", page);
        Assert.Contains("临时救助“一事一议”可超过上限", page);
    }

    private static VerificationReport Report() => new(
        Guid.Parse("0b4f6a52-8d61-4c4e-9b43-2f6f1f1d7a10"), "HZ-2026-000123", "371700", "minimum_living", "urban", null, "completed",
        [Member(0, "张三")],
        [],
        [],
        new IncomeComputation([0], [], 0m, [], 0m, 0m, []),
        [],
        [],
        Conclusions.MeetsCriteria,
        null,
        null,
        new PolicyApplied("371700/minimum_living", "2026.1", "菏泽市最低生活保障", "菏政字〔2020〕8号", "urban", 960m, 960m, 1m, null, 12, 6, null, [],
            ["$.standards.urbanMonthly"]),
        null,
        new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero),
        "kid-1");

    private static ReportMember Member(int position, string name, string relation = "applicant") =>
        new(position, name, "371702********101X", relation, 60, null, false, null);

    private static VerificationReport WithRecords(VerificationReport report, string source, CanonicalRecords records) =>
        report with { Sources = [.. report.Sources, new ReportSource(source, "answered", report.IssuedAt, new string('a', 64), records, null, null)] };

    /// <summary>The page's text, cells and fields separated by one space, so a row reads as one line of words.</summary>
    private static string Text(VerificationReport report)
    {
        var html = ReportPage.Render(report);
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ");
        return System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(text), @"\s+", " ");
    }
}
