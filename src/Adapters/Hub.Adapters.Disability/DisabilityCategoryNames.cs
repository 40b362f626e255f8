using Hub.Contracts.Records;

namespace Hub.Adapters.Disability;

/// <summary>The federation's categories (残疾类别) as its export writes them, with the digit the certificate number carries for each.</summary>
public static class DisabilityCategoryNames
{
    public static readonly IReadOnlyDictionary<string, (string Category, char Digit)> ToCategory = new Dictionary<string, (string, char)>
    {
        ["视力"] = (DisabilityCategories.Visual, '1'),
        ["听力"] = (DisabilityCategories.Hearing, '2'),
        ["言语"] = (DisabilityCategories.Speech, '3'),
        ["肢体"] = (DisabilityCategories.Physical, '4'),
        ["智力"] = (DisabilityCategories.Intellectual, '5'),
        ["精神"] = (DisabilityCategories.Mental, '6'),
        ["多重"] = (DisabilityCategories.Multiple, '7'),
    };
}
