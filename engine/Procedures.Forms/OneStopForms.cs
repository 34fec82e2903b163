using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Procedures.Forms.Templates;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Workflows;

namespace Procedures.Forms;

/// <summary>
/// The one-stop forms of Circular 01/2018/TT-VPCP as printable HTML in Vietnamese, rendered from what the engine
/// stores: a dossier's instance and the facts of the definition version it runs on. Each result is a whole UTF-8 HTML
/// document with its CSS inline and no script; every value (applicant data, officers' notes, names from procedure files)
/// is HTML-encoded. A form that does not apply to the dossier is a <see cref="FormResult"/> with a refusal, never an
/// exception. Safe to share between threads.
/// </summary>
public sealed class OneStopForms(ApplicantFields? applicant = null)
{
    readonly ApplicantFields fields = applicant ?? ApplicantFields.Default;

    /// <summary>The forms the dossier has now, in number order (05 always; 01–04 as its history gives them).</summary>
    public IReadOnlyList<FormNumber> Available(WorkflowDefinition definition, WorkflowInstance instance)
    {
        var view = new DossierView(definition, instance, fields);
        return [.. Enum.GetValues<FormNumber>().Where(f => f != FormNumber.Register && NotApplicable(f, view) is null)];
    }

    /// <summary>Form 01–05 of one dossier. Form 06 is of a period: see <see cref="RenderRegisterAsync"/>.</summary>
    public async Task<FormResult> RenderAsync(FormNumber form, WorkflowDefinition definition, WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        if (!Enum.IsDefined(form))
            return FormResult.NotApplicable(form, RefusalCatalogue.NoSuchForm.With(((int)form).ToString(CultureInfo.InvariantCulture)));
        if (definition.DefinitionId != instance.DefinitionId || definition.Version.Sequence != instance.DefinitionVersion
            || definition.Version.ContentHash != instance.ContentHash)
            return FormResult.NotApplicable(form, RefusalCatalogue.WrongVersion.With(instance.Reference, instance.DefinitionId,
                Number(instance.DefinitionVersion), instance.ContentHash, Number(definition.Version.Sequence), definition.Version.ContentHash));
        var view = new DossierView(definition, instance, fields);
        if (NotApplicable(form, view) is { } refusal)
            return FormResult.NotApplicable(form, refusal);
        var parameters = new Dictionary<string, object?> { [nameof(ReceiptForm.View)] = view };
        var html = form switch
        {
            FormNumber.Receipt => await RenderAsync<ReceiptForm>(parameters),
            FormNumber.CompletionRequest => await RenderAsync<CompletionRequestForm>(parameters),
            FormNumber.Refusal => await RenderAsync<RefusalForm>(parameters),
            FormNumber.Apology => await RenderAsync<ApologyForm>(parameters),
            _ => await RenderAsync<ControlSheetForm>(parameters),
        };
        return FormResult.Of(form, html);
    }

    /// <summary>Form 06, the register of the dossiers an agency received in a period.</summary>
    public async Task<FormResult> RenderRegisterAsync(RegisterPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.To < page.From)
            return FormResult.NotApplicable(FormNumber.Register, RefusalCatalogue.PeriodInverted.With(Iso(page.From), Iso(page.To)));
        var views = page.Lines.Select(l => new DossierView(l.Definition, l.Instance, fields)).ToList();
        var html = await RenderAsync<RegisterForm>(new Dictionary<string, object?>
        {
            [nameof(RegisterForm.Page)] = page,
            [nameof(RegisterForm.Views)] = views,
        });
        return FormResult.Of(FormNumber.Register, html);
    }

    static Refusal? NotApplicable(FormNumber form, DossierView view) => form switch
    {
        FormNumber.Receipt when view.Instance.ReceivedAt is null => RefusalCatalogue.NotReceived.With(view.Instance.Reference),
        FormNumber.CompletionRequest when view.Completion is null => RefusalCatalogue.NoCompletionRequest.With(view.Instance.Reference),
        FormNumber.Refusal when view.Refusal is null => RefusalCatalogue.NotRefused.With(view.Instance.Reference),
        FormNumber.Apology when view.Instance.Apology is null => RefusalCatalogue.NoApology.With(view.Instance.Reference),
        FormNumber.Register => RefusalCatalogue.RegisterIsOfAPeriod.With(),
        _ => null,
    };

    /// <summary>
    /// Renders a component to a string. Text is encoded with every Unicode range allowed, so Vietnamese stays readable
    /// in the document while <c>&lt; &gt; &amp; " '</c> are always escaped; lines left empty by the templates' control
    /// flow are dropped so that the documents (and their snapshots) read cleanly.
    /// </summary>
    static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services.Instance, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        var lines = html.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !string.IsNullOrWhiteSpace(l));
        return string.Join('\n', lines) + "\n";
    }

    static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The only service the renderer looks for that changes the output: the HTML encoder.</summary>
    sealed class Services : IServiceProvider
    {
        public static Services Instance { get; } = new();

        static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : null;
    }
}
