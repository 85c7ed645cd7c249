#!/usr/bin/env node
import { startServer } from "./server.js";

void startServer();
