using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace CommerceHub.LiveConsole.Components.Board;

/// <summary>An SVG <c>&lt;text&gt;</c> element: Razor reserves the tag name for its own text blocks inside code.</summary>
public sealed class SvgText : ComponentBase
{
    [Parameter, EditorRequired]
    public double X { get; set; }

    [Parameter, EditorRequired]
    public double Y { get; set; }

    [Parameter]
    public string? Class { get; set; }

    [Parameter, EditorRequired]
    public string Text { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", CommerceHub.LiveConsole.Board.RouteLayout.Number(X));
        builder.AddAttribute(2, "y", CommerceHub.LiveConsole.Board.RouteLayout.Number(Y));
        builder.AddAttribute(3, "class", Class);
        builder.AddContent(4, Text);
        builder.CloseElement();
    }
}
