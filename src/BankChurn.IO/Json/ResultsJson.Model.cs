using System.Text.Json;
using BankChurn.Core.Campaigns;
using BankChurn.Core.Model;

namespace BankChurn.IO.Json;

/// <summary>results.json, block "model" (the per-client churn model, measured out of fold) and the retention plan's fields of block "campaign".</summary>
public static partial class ResultsJson
{
    private static void WriteModel(Utf8JsonWriter json, ModelFindings? model)
    {
        if (model is null)
        {
            json.WriteNull("model");
            return;
        }
        json.WriteStartObject("model");
        json.WriteString("method", model.Method);
        json.WriteString("calibration_method", "isotonic, fitted inside each fold on training rows the trees did not see");
        json.WriteStartArray("features");
        foreach (string column in model.Columns) json.WriteStringValue(column);
        json.WriteEndArray();
        json.WriteStartArray("excluded");
        foreach (string column in model.Excluded) json.WriteStringValue(column);
        json.WriteEndArray();
        json.WriteNumber("folds", model.Folds);
        json.WriteNumber("training_rows", model.TrainingRows);
        Number(json, "auc", model.Auc);
        Number(json, "auc_ci_low", model.AucConfidence.Low);
        Number(json, "auc_ci_high", model.AucConfidence.High);
        json.WriteString("auc_ci_method", "DeLong");
        json.WriteString("baseline_method", model.BaselineMethod);
        Number(json, "baseline_auc", model.BaselineAuc);
        Number(json, "brier", model.Brier);
        json.WriteStartArray("calibration");
        foreach (CalibrationBin bin in model.Calibration)
        {
            json.WriteStartObject();
            Number(json, "predicted", bin.Predicted);
            Number(json, "observed", bin.Observed);
            json.WriteNumber("clients", bin.Clients);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("importance");
        foreach (FeatureImportance importance in model.Importance)
        {
            json.WriteStartObject();
            json.WriteString("column", importance.Column);
            Number(json, "auc_drop", importance.AucDrop);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The plan's fields inside "campaign": budget, contacted, control and campaigns[] (null values without a plan).</summary>
    private static void WritePlan(Utf8JsonWriter json, CampaignPlan? plan)
    {
        if (plan is null)
        {
            json.WriteNull("budget");
            json.WriteNull("campaigns");
            return;
        }
        json.WriteNumber("budget", plan.Budget);
        Number(json, "contact_cost", plan.ContactCost);
        Number(json, "save_rate", plan.SaveRate);
        Number(json, "control_share", plan.ControlShare);
        json.WriteNumber("contacted", plan.Contacted);
        json.WriteNumber("control", plan.ControlClients);
        json.WriteStartArray("campaigns");
        foreach (Campaign campaign in plan.Campaigns)
        {
            json.WriteStartObject();
            json.WriteString("id", campaign.SegmentId ?? Campaign.GeneralId);
            json.WriteString("name", campaign.Name);
            if (campaign.Action is { } action) json.WriteString("action", action);
            else json.WriteNull("action");
            json.WriteNumber("clients", campaign.Clients);
            json.WriteNumber("control", campaign.Control);
            json.WriteNumber("treated", campaign.Treated);
            Number(json, "expected_saved_value", campaign.ExpectedSaved);
            Number(json, "cost", campaign.Cost);
            Number(json, "expected_churn", campaign.ExpectedChurn);
            OptionalNumber(json, "mde_cohens_h", campaign.MinimumDetectableEffect);
            OptionalNumber(json, "mde_churn_drop", campaign.MinimumDetectableDrop);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("lookalike_profiles");
        foreach (string id in plan.Lookalikes) json.WriteStringValue(id);
        json.WriteEndArray();
    }
}
