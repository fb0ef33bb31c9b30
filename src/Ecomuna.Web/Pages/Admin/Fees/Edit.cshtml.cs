using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Admin.Fees;

/// <summary>
/// Enters or corrects the fees of a year. A new year starts from the latest year's fees. A schedule that an issued
/// invoice uses is shown but cannot change.
/// </summary>
public sealed class EditModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<InvoicingResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The year being edited; null when a new schedule is being entered.</summary>
    public int? ExistingYear { get; private set; }

    public bool IsLocked { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Range(2000, 2200, ErrorMessage = "Validation.Year")]
        [Display(Name = "Field.Fee.Year")]
        public int? Year { get; set; }

        [Display(Name = "Field.Fee.DecidedOn")]
        public DateOnly? DecidedOn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.MunicipalityFixedFee")]
        public decimal? MunicipalityFixedFee { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "1000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.MunicipalityFeePerInhabitant")]
        public decimal? MunicipalityFeePerInhabitant { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(1, 100_000_000, ErrorMessage = "Validation.PopulationPositive")]
        [Display(Name = "Field.Fee.PopulationCap")]
        public int? PopulationCap { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.RegionFee")]
        public decimal? RegionFee { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.TrainingCentreFee")]
        public decimal? TrainingCentreFee { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.EducatorOrConsultantFee")]
        public decimal? EducatorOrConsultantFee { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.ResearcherFee")]
        public decimal? ResearcherFee { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.FriendFee")]
        public decimal? FriendFee { get; set; }

        /// <summary>In percent, as people say it: 0, 6, 12 or 25.</summary>
        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "100", ErrorMessage = "Validation.Percent", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Fee.VatRate")]
        public decimal? VatPercent { get; set; }

        public void CopyFrom(FeeSchedule schedule)
        {
            DecidedOn = schedule.DecidedOn;
            MunicipalityFixedFee = schedule.MunicipalityFixedFee;
            MunicipalityFeePerInhabitant = schedule.MunicipalityFeePerInhabitant;
            PopulationCap = schedule.PopulationCap;
            RegionFee = schedule.RegionFee;
            TrainingCentreFee = schedule.TrainingCentreFee;
            EducatorOrConsultantFee = schedule.EducatorOrConsultantFee;
            ResearcherFee = schedule.ResearcherFee;
            FriendFee = schedule.FriendFee;
            VatPercent = schedule.VatRate * 100;
        }

        public void CopyTo(FeeSchedule schedule)
        {
            schedule.Year = Year!.Value;
            schedule.DecidedOn = DecidedOn;
            schedule.MunicipalityFixedFee = MunicipalityFixedFee!.Value;
            schedule.MunicipalityFeePerInhabitant = MunicipalityFeePerInhabitant!.Value;
            schedule.PopulationCap = PopulationCap!.Value;
            schedule.RegionFee = RegionFee!.Value;
            schedule.TrainingCentreFee = TrainingCentreFee!.Value;
            schedule.EducatorOrConsultantFee = EducatorOrConsultantFee!.Value;
            schedule.ResearcherFee = ResearcherFee!.Value;
            schedule.FriendFee = FriendFee!.Value;
            schedule.VatRate = VatPercent!.Value / 100;
        }
    }

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        if (year is { } existing)
        {
            var schedule = await db.FeeSchedules.SingleOrDefaultAsync(s => s.Year == existing, ct);
            if (schedule is null)
            {
                return NotFound();
            }

            ExistingYear = existing;
            IsLocked = await IsUsedAsync(schedule.Id, ct);
            Input.Year = existing;
            Input.CopyFrom(schedule);
            return Page();
        }

        var latest = await db.FeeSchedules.OrderByDescending(s => s.Year).FirstOrDefaultAsync(ct);
        Input.CopyFrom(latest ?? new FeeSchedule());
        Input.DecidedOn = null;
        Input.Year = latest is null ? swedishTime.Year : latest.Year + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? year, CancellationToken ct)
    {
        FeeSchedule? schedule = null;
        if (year is { } existing)
        {
            schedule = await db.FeeSchedules.SingleOrDefaultAsync(s => s.Year == existing, ct);
            if (schedule is null)
            {
                return NotFound();
            }

            ExistingYear = existing;
            Input.Year = existing;
            IsLocked = await IsUsedAsync(schedule.Id, ct);
            if (IsLocked)
            {
                ModelState.AddModelError("", text["Fees.LockedExplained"]);
                return Page();
            }
        }

        if (ModelState.IsValid && schedule is null && await db.FeeSchedules.AnyAsync(s => s.Year == Input.Year, ct))
        {
            ModelState.AddModelError("Input.Year", text["Fees.YearTaken", Input.Year!.Value]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (schedule is null)
        {
            schedule = new FeeSchedule();
            db.FeeSchedules.Add(schedule);
        }

        Input.CopyTo(schedule);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Fees.Saved", schedule.Year].Value;
        return RedirectToPage("Index");
    }

    private Task<bool> IsUsedAsync(int scheduleId, CancellationToken ct) => db.Invoices.AnyAsync(i => i.FeeScheduleId == scheduleId, ct);
}
