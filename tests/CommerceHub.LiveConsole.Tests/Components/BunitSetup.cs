using Bunit;
using CommerceHub.LiveConsole.Localization;

namespace CommerceHub.LiveConsole.Tests.Components;

public static class BunitSetup
{
    /// <summary>Renders a console component with the texts of one language cascaded, as MainLayout does.</summary>
    public static IRenderedComponent<T> RenderIn<T>(this BunitContext context, string language, Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        context.Render<T>(p =>
        {
            p.AddCascadingValue(UiTexts.For(language));
            parameters?.Invoke(p);
        });
}
