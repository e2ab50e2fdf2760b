using Microsoft.AspNetCore.Http.HttpResults;

namespace CommerceHub.HubApi.Features.Catalog.HsCodes;

public static class LookupHsCode
{
    public sealed record Response(string Code, string Subheading, string Description);

    public static Results<Ok<Response>, ProblemHttpResult> Handle(string code, HsCodeDirectory directory)
    {
        var error = directory.Check(code);
        return error is null
            ? TypedResults.Ok(new Response(code, code[..6], directory.Describe(code) ?? ""))
            : TypedResults.Problem(statusCode: 404, title: "Unknown HS code", detail: $"HS code {error}");
    }
}
