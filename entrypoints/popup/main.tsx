import { render } from 'preact';
import { browserPopupServices } from '../../src/ui/browser-services';
import { ErrorBoundary } from '../../src/ui/components/ErrorBoundary';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/popup.css';

render(
  <ErrorBoundary>
    <PopupApp services={browserPopupServices()} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
