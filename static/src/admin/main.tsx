/** Admin page (jira:adminPage, confluence:globalSettings). */
import '../ui/ui.css';
import './admin.css';
import { mountSurface } from '../lib/mount';
import { AdminApp } from './App';

void mountSurface(<AdminApp />);
