/** Catches a rendering error so that the page shows a message instead of going blank. */
import { Component, type ComponentChildren } from 'preact';
import type { Lang } from '../../engine/types';
import { t } from '../../i18n';

interface Props {
  lang?: Lang;
  children: ComponentChildren;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p class="notice notice-errors" role="alert">
          {t('ui.crashed', this.props.lang ?? 'nn')}
        </p>
      );
    }
    return this.props.children;
  }
}
