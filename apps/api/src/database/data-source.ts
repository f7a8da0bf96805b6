// For the TypeORM CLI and tools only; the app builds its DataSource in DatabaseModule.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
