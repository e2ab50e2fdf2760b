using System.ComponentModel.DataAnnotations;

namespace CommerceHub.LiveConsole.Hub;

/// <summary>Where the hub runs; the console reaches it over HTTP and SignalR, so it may run on another host.</summary>
public sealed class HubOptions : IValidatableObject
{
    public const string Section = "Hub";

    [Required]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    public Uri BaseUri => new(BaseUrl.TrimEnd('/') + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Hub:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.", [nameof(BaseUrl)]);
        }
    }
}
