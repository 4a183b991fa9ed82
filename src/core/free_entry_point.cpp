#include "free_entry_point.h"

namespace Deskline {

FreeEntryPointWindow FreeEntryPointWindow::restore(std::optional<EpochSeconds> referralAt,
                                                   std::optional<EpochSeconds> openedAt,
                                                   std::optional<EpochSeconds> openedForReferralAt)
{
    FreeEntryPointWindow w;
    w.m_referralAt = referralAt;
    w.m_openedAt = openedAt;
    w.m_openedFor = openedForReferralAt;
    return w;
}

void FreeEntryPointWindow::recordReferral(EpochSeconds inboundAt)
{
    if (m_referralAt && inboundAt <= *m_referralAt)
        return; // a late, older referral: the newer one already governs
    if (m_openedAt && m_openedFor && inboundAt >= *m_openedFor && inboundAt < *m_openedAt + kLength)
        return; // arrives while a window is open: no stacking, no restart
    m_referralAt = inboundAt;
}

void FreeEntryPointWindow::recordBusinessMessage(EpochSeconds sentAt)
{
    if (!m_referralAt || sentAt < *m_referralAt || sentAt >= *m_referralAt + kAnswerWithin)
        return;
    if (!referralAnswered()) {
        m_openedAt = sentAt;
        m_openedFor = m_referralAt;
    } else if (sentAt < *m_openedAt) {
        m_openedAt = sentAt; // an earlier answer reported late: the first answer counts
    }
}

FepStatus FreeEntryPointWindow::statusAt(EpochSeconds now, qint64 closingSoonThreshold) const
{
    FepStatus s;
    s.referralAt = m_referralAt;
    if (m_referralAt)
        s.answerBy = *m_referralAt + kAnswerWithin;

    if (m_openedAt) {
        const EpochSeconds closesAt = *m_openedAt + kLength;
        if (now >= *m_openedAt && now < closesAt) {
            s.referralAt = m_openedFor;
            s.answerBy = *m_openedFor + kAnswerWithin;
            s.opensAt = m_openedAt;
            s.closesAt = closesAt;
            s.remainingSeconds = closesAt - now;
            s.state = s.remainingSeconds <= closingSoonThreshold ? FepState::ClosingSoon
                                                                  : FepState::Open;
            return s;
        }
    }
    if (m_referralAt && !referralAnswered() && now >= *m_referralAt) {
        if (now < *s.answerBy) {
            s.state = FepState::Eligible;
            s.remainingSeconds = *s.answerBy - now;
        } else {
            s.state = FepState::Missed;
        }
        return s;
    }
    if (m_openedAt && now >= *m_openedAt + kLength) {
        s.referralAt = m_openedFor;
        s.answerBy = *m_openedFor + kAnswerWithin;
        s.opensAt = m_openedAt;
        s.closesAt = *m_openedAt + kLength;
        s.state = FepState::Closed;
    }
    return s;
}

} // namespace Deskline
