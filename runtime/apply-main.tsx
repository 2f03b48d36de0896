/**
 * Entry of the form page (dist/runtime/apply.html), served for `/services/{code}/apply`: the same
 * app as runtime/main.tsx, with the form's code (RJSF, the form pages) imported statically, so the
 * page's HTML names it for download at once (modulepreload) instead of after the app has started
 * (issue 4: time to ready). Every other page keeps loading the form's code on demand.
 */
import './main.tsx';
import './pages/ApplicationForm.tsx';
