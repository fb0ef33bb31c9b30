using System.Net.Mail;
using System.Net.Sockets;
using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;

namespace Ecomuna.UnitTests.Email.Outbox;

public sealed class OutboxRulesTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(10, 360)]
    [InlineData(60, 360)]
    public void RetryDelay_DoublesFromTheFirstDelay_UpToTheLongest(int attempts, int minutes)
    {
        var options = new OutboxOptions { RetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromHours(6) };

        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxSender.RetryDelay(options, attempts));
    }

    [Theory]
    [InlineData(SmtpStatusCode.MailboxBusy, SendFailureKind.Temporary)]
    [InlineData(SmtpStatusCode.LocalErrorInProcessing, SendFailureKind.Temporary)]
    [InlineData(SmtpStatusCode.MailboxUnavailable, SendFailureKind.Permanent)]
    [InlineData(SmtpStatusCode.TransactionFailed, SendFailureKind.Permanent)]
    [InlineData(SmtpStatusCode.ServiceNotAvailable, SendFailureKind.Unreachable)]
    [InlineData(SmtpStatusCode.GeneralFailure, SendFailureKind.Unreachable)]
    public void Classify_SmtpAnswer_TemporaryPermanentOrServerAway(SmtpStatusCode code, SendFailureKind expected) =>
        Assert.Equal(expected, SendFailure.Classify(new SmtpFailedRecipientException(code, "someone@example.se")));

    [Fact]
    public void Classify_ConnectionRefusedOrTimeout_ServerAway()
    {
        Assert.Equal(SendFailureKind.Unreachable, SendFailure.Classify(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.Equal(SendFailureKind.Unreachable, SendFailure.Classify(new TimeoutException()));
    }

    [Theory]
    [InlineData(8.0, null)]
    [InlineData(7.0, 7)]
    [InlineData(3.0, 7)]
    [InlineData(1.0, 1)]
    [InlineData(0.2, 1)]
    public void StepFor_TimeLeft_TheSmallestStepItIsWithin(double daysLeft, int? step) =>
        Assert.Equal(step, EventReminderJob.StepFor(JobOptions.Days("1, 7"), TimeSpan.FromDays(daysLeft)));

    [Fact]
    public void Days_CommaSeparated_LargestFirstWithoutRepeats() =>
        Assert.Equal([30, 10], JobOptions.Days(" 10,30 ,10"));
}
