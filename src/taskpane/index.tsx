/** Entry of the task pane bundle (webpack entry "taskpane"). */
import { createOfficeHost } from '../excel/officeHost';
import { mountTaskpane } from './bootstrap';
import { profileOptions } from './profiles';

const container = document.getElementById('container');
if (container) {
  const office = typeof Office === 'undefined' ? undefined : Office;
  void mountTaskpane(container, {
    office,
    makeHost: () => createOfficeHost({ excel: Excel, office: Office }),
    profiles: profileOptions(),
    fallbackLanguage: navigator.language,
  });
}
