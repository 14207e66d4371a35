#pragma once

#include <QCoreApplication>

namespace tend {

// Translation contexts for words said outside QObject classes. lupdate reads
// `ValidationText::tr("…")` as a message in the "Validation" context, as it is looked up.
struct ValidationText { Q_DECLARE_TR_FUNCTIONS(Validation) };
struct StorageText { Q_DECLARE_TR_FUNCTIONS(Storage) };
struct PlanText { Q_DECLARE_TR_FUNCTIONS(Plan) };
struct NeedWorkflowText { Q_DECLARE_TR_FUNCTIONS(NeedWorkflow) };
struct DemoHistoryText { Q_DECLARE_TR_FUNCTIONS(DemoHistory) };
struct CheckInCommandText { Q_DECLARE_TR_FUNCTIONS(CheckInCommands) };
struct ExportText { Q_DECLARE_TR_FUNCTIONS(Export) };
struct DatabaseErrorText { Q_DECLARE_TR_FUNCTIONS(DatabaseErrorDialog) };
struct DeliveryText { Q_DECLARE_TR_FUNCTIONS(Delivery) };
struct PrivacyText { Q_DECLARE_TR_FUNCTIONS(Privacy) };
struct ReminderText { Q_DECLARE_TR_FUNCTIONS(Reminders) };
struct ReviewText { Q_DECLARE_TR_FUNCTIONS(Review) };
struct CryptoText { Q_DECLARE_TR_FUNCTIONS(Crypto) };

} // namespace tend
