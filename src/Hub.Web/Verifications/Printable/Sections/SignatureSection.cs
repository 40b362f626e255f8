namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>Where the office records its decision: the caseworker's and the reviewer's signatures with the date, kept on one page.</summary>
internal static class SignatureSection
{
    private const string BlankDate = "　　　　年　　月　　日";

    public static void Write(PageWriter page) => page.Block("keep", block => block
        .Heading(2, "审核意见及签字")
        .Fields([("审核意见", "")], "fields opinion")
        .Table([Column.Word("签署"), new("签字"), Column.Word("日期")],
            [["经办人", "", BlankDate], ["审核人", "", BlankDate]], "signatures"));
}
