namespace Hub.Contracts.Records;

/// <summary>The categories of disability on the certificate (残疾类别).</summary>
public static class DisabilityCategories
{
    /// <summary>视力残疾.</summary>
    public const string Visual = "visual";
    /// <summary>听力残疾.</summary>
    public const string Hearing = "hearing";
    /// <summary>言语残疾.</summary>
    public const string Speech = "speech";
    /// <summary>肢体残疾.</summary>
    public const string Physical = "physical";
    /// <summary>智力残疾.</summary>
    public const string Intellectual = "intellectual";
    /// <summary>精神残疾.</summary>
    public const string Mental = "mental";
    /// <summary>多重残疾.</summary>
    public const string Multiple = "multiple";
}
