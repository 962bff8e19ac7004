export interface PrivacyDialogProps {
  onClose(): void;
}
