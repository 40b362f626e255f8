namespace Hub.Web.Verifications;

public static class NotFound
{
    /// <summary>Also the answer for another jurisdiction's verification, so its existence is not disclosed.</summary>
    public static IResult Problem() => Results.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "Verification not found", detail: "No verification with this id is visible to this API key.");
}
