/** Entry of the function file (commands.html): the ribbon's Ricalcola and Riepilogo buttons. */
import { bootCommands } from './boot';

bootCommands(Office, Excel, window as unknown as Record<string, unknown>, window.location.href);
